import { z } from 'zod';

// Every validation message can reach a user, so zod speaks Chinese everywhere this module is used.
z.config(z.locales.zhCN());

export { z };
