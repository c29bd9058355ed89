// The project resolves modules the Node 10 way, which ignores package `exports`; graphql-ws
// publishes its ws adapter only there, so this points the types at the file Node loads.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws.cjs';
}
