// The suite ran on the two chosen targets, both differed, and the goal failed the build.
def log = new File(basedir, 'build.log').text
assert log.contains('aws-http-api-v2 differs from the expectation of hello:')
assert log.contains('body: expected "goodbye", was "hello"')
assert log.contains('1 cases: 0 passed, 1 failed.')
assert log.contains('The conformance suite failed')
return true
