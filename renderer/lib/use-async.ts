import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

/** Loads data when `key` changes (and on reload()), keeping the error message to show. */
export function useAsync<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);
  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  return { data, error, setData, reload: () => setVersion((v) => v + 1) };
}
