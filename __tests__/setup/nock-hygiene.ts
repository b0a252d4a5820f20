// nock keeps interceptors and its fetch patch across test files unless told otherwise.
import nock from 'nock'

afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

afterAll(() => {
  nock.restore()
})
