import {
  apiResultSchema,
  contract,
  formatInputIssues,
  type ErrorCode,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/contract';
import { bridgeTransport, httpTransport, type Transport } from './transports';

/** An API failure carrying the Chinese message to show. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With CONFLICT from a section write: the revision now stored (issue 10). */
    readonly currentRevision?: number,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

let transport: Transport | null = null;

/** Picks the preload bridge inside Electron and the HTTP API in the browser mode. */
export function getTransport(): Transport | null {
  transport ??= bridgeTransport() ?? httpTransport();
  return transport;
}

/** The typed client: the same contract validates the input here and the output that comes back. */
export async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const spec = contract[method];
  const parsedInput = spec.input.safeParse(input);
  if (!parsedInput.success) throw new ApiCallError('INVALID_INPUT', formatInputIssues(parsedInput.error));
  const t = getTransport();
  if (!t) throw new ApiCallError('FORBIDDEN', '缺少访问密钥，请使用启动时显示的完整地址打开。');
  let raw: unknown;
  try {
    raw = await t(method, parsedInput.data);
  } catch (error) {
    throw new ApiCallError('IO_ERROR', `无法连接年报服务：${(error as Error).message}。已保存的内容不受影响。`);
  }
  const result = apiResultSchema(spec.output).safeParse(raw);
  if (!result.success) throw new ApiCallError('INTERNAL', `服务返回的数据格式不正确（${method}）。`);
  if (!result.data.ok) {
    const { code, message, currentRevision } = result.data.error;
    throw new ApiCallError(code, message, currentRevision);
  }
  return result.data.data as MethodOutput<M>;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
