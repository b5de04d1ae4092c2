// `node --import ./typescript-register.mjs …`: runs TypeScript sources (see typescript-hooks.mjs).
import { register } from "node:module";

register("./typescript-hooks.mjs", import.meta.url);
