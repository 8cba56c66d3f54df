/** Reads a chosen file as base64 (the contract carries file bytes as base64 over IPC and HTTP). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”。`));
    reader.readAsDataURL(file);
  });
}
