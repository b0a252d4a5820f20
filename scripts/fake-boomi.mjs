// Starts the fake Boomi server with the sample account on 127.0.0.1 (default port 8765), for
// trying the action with `uses: ./` in a workflow or by hand: node scripts/fake-boomi.mjs [port]
import { startFakeBoomi } from '../__tests__/fake-boomi/server.mjs'
import { sampleAccount } from '../__tests__/fake-boomi/sample-account.mjs'

const port = Number(process.argv[2] ?? 8765)
const fake = await startFakeBoomi(sampleAccount(), { port })
console.log(`fake Boomi: base-url ${fake.baseUrl}, account ${fake.state.accountId}, user ${fake.state.username}, token ${fake.state.token}`)
const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
