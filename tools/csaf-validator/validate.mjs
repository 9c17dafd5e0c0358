// Independent CSAF 2.0 check for Vigil's differential test: runs the BSI csaf-validator-lib's schema test and
// the mandatory tests named on the command line over each file, and prints one JSON line per file:
// {"file": ..., "failed": ["schema", "6.1.1", ...]}.
// Usage: node validate.mjs --tests 6.1.1,6.1.2 FILE...
import { readFile } from 'node:fs/promises'
import { csaf_2_0 } from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'

const args = process.argv.slice(2)
const at = args.indexOf('--tests')
const wanted = at >= 0 ? args.splice(at, 2)[1].split(',') : []
const tests = [['schema', csaf_2_0]]
for (const id of wanted) {
  const fn = mandatory['mandatoryTest_' + id.replaceAll('.', '_')]
  if (!fn) {
    console.error('unknown test ' + id)
    process.exit(2)
  }
  tests.push([id, fn])
}
for (const file of args) {
  const doc = JSON.parse(await readFile(file, 'utf8'))
  const failed = []
  for (const [id, test] of tests) {
    const result = await test(doc)
    if (result && (result.isValid === false || (result.errors && result.errors.length > 0))) {
      failed.push(id)
    }
  }
  console.log(JSON.stringify({ file, failed }))
}
