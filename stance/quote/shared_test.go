package quote

// sharedDir is the read-only material beside the repository (PolNeAR, the
// seed page). Tests that need it skip when it is absent.
const sharedDir = "../../../shared"
