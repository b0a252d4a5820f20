// Imported by the test files that use nock, and only by them: loading nock patches fetch and
// http for the whole file, which would put its interceptor between every other test and the fake
// Boomi. nock keeps interceptors and its fetch patch across test files unless told otherwise.
// No test reaches the real network: without an interceptor only loopback may be reached, so a
// stray request (a broken retry, a mutant) fails at once instead of resolving and connecting.
import nock from 'nock'

const loopbackOnly = () => {
  nock.disableNetConnect()
  nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host))
}

loopbackOnly()

afterEach(() => {
  nock.cleanAll()
  loopbackOnly()
})

afterAll(() => {
  nock.restore()
})
