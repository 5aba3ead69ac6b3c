// Settings no cloud can take fail the build, each message naming the function, the cloud and the limit.
def log = new File(basedir, 'build.log').text
assert log.contains("Function 'ping' on AWS Lambda: memory 20000 MB is out of range; AWS Lambda allows 128 to 10240 MB")
assert log.contains("Function 'ping' on AWS Lambda: timeout 1000 s is out of range; an HTTP function on AWS Lambda may run 1 to 900 s")
assert log.contains("Function 'ping' on Azure Functions: timeout 1000 s is out of range")
assert log.contains("Function 'ping' on Google Cloud Functions: api is an AWS setting")
assert !new File(basedir, 'target/portablefn').exists() : 'nothing is written when a check fails'
return true
