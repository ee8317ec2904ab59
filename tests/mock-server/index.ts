// The stand-in Patchworks server: import from here (see README.md beside this file).
export { startMockServer, DEMO_ACCOUNT, LOGIN_PATH, REDIRECT_TARGET_PATH } from './mock-server';
export type { MockServer, MockServerOptions, RequestRecord } from './mock-server';
export { behaviours, successBehaviours, failureBehaviours, isMockBehaviour } from './behaviours';
export type { MockBehaviour, SuccessBehaviour, BehaviourTweaks } from './behaviours';
export { makeJwt } from './jwt';
