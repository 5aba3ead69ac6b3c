// Surefire ran nothing, yet the suite ran every case on every target and wrote its report.
def log = new File(basedir, 'build.log').text
assert log.contains('surefire:2.12.4:test')
assert log.contains('Tests run: 0, Failures: 0')
assert !log.contains('HelloConformanceTest') : 'Surefire 2.12.4 was expected to run no JUnit 5 test'
assert log.contains('portablefn: running the conformance suite')
assert log =~ /1 HTTP cases on \d+ targets and 0 event cases on 0 event targets\. 1 cases: 1 passed, 0 failed\./
assert new File(basedir, 'target/conformance/conformance.md').text.contains('| hello | pass |')
return true
