// Surefire ran nothing, yet the suite ran every case on every target and wrote its report.
def log = new File(basedir, 'build.log').text
assert log.contains('surefire:2.12.4:test')
assert log.contains('Tests run: 0, Failures: 0')
assert !log.contains('HelloConformanceTest') : 'Surefire 2.12.4 was expected to run no JUnit 5 test'
assert log.contains('portablefn: running the conformance suite')
assert log =~ /1 HTTP cases on \d+ targets and 0 event cases on 0 event targets\. 1 cases: 1 passed, 0 failed\./
def report = new File(basedir, 'target/conformance/conformance.md').text
// Every target passed, the real runtimes too, from their own artifacts (portablefn-conformance-gcp-invoker, -aws-ric).
assert report.contains('| gcp-invoker |') && report.contains('| aws-ric-http-api-v2 |') : report
def row = report.readLines().find { it.startsWith('| hello |') }
assert row.split('\\|')*.trim().findAll { it }.drop(1).dropRight(1).every { it == 'pass' } : row
return true
