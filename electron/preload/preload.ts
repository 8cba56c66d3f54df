import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS } from '../../shared/api-methods';

// Exposes exactly one function per contract method, never a generic send/invoke.
const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const method of API_METHODS) {
  api[method] = (input: unknown) => ipcRenderer.invoke(`nianbao:${method}`, input);
}

contextBridge.exposeInMainWorld('nianbao', Object.freeze(api));
