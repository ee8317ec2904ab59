// `process.platform`, read in one place so the test harness can run the app as another OS would.

/** The OS Node reports (`darwin`, `win32`, `linux`, …). */
export function nodePlatform(): NodeJS.Platform {
  return process.platform;
}
