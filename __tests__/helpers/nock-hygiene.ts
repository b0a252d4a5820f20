// Imported by the test files that use nock, and only by them: loading nock patches fetch and
// http for the whole file, which would put its interceptor between every other test and the fake
// Boomi. nock keeps interceptors and its fetch patch across test files unless told otherwise.
import nock from 'nock'

afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

afterAll(() => {
  nock.restore()
})
