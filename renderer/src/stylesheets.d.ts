// Vite bundles a stylesheet a component imports for its side effect; to the type check it is a module
// with nothing in it, while a mistyped script import is still an error.
declare module '*.css' {}
