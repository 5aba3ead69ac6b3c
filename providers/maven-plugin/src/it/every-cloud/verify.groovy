// The plugin's package goal, bound to package, on a real project: every artifact, settings applied.
def out = new File(basedir, 'target/portablefn')
['aws/function.zip', 'aws/template.yaml', 'azure/host.json', 'azure/every-cloud-1.0.jar', 'azure/ping/function.json',
 'gcp/function/every-cloud-1.0.jar', 'gcp/deploy.sh', 'gcp/deploy.yaml'].each {
    assert new File(out, it).isFile() : "missing target/portablefn/$it"
}
def template = new File(out, 'aws/template.yaml').text
assert template.contains('Runtime: "java21"')
assert template.contains('Authorizer: "NONE"')
assert template.contains('STAGE: "test"')
// <api>rest</api> in the function's <aws> block: a REST API route, the function named after the stack.
assert template.contains('Type: "AWS::Serverless::Api"') && template.contains('RestApiId:') && !template.contains('HttpApi')
assert template.contains('Fn::Sub: "${AWS::StackName}-ping"')
assert new File(out, 'azure/ping/function.json').text.contains('"authLevel" : "ANONYMOUS"')
def deploy = new File(out, 'gcp/deploy.sh').text
assert deploy.contains('--allow-unauthenticated') && !deploy.contains('--no-allow-unauthenticated')
assert deploy.contains('--memory=1024Mi') && deploy.contains('--timeout=20s') && deploy.contains('--set-env-vars=STAGE=test')
// A stream function in each cloud's output: the Kinesis mapping, the Event Hubs trigger, the Pub/Sub topic.
assert template.contains('Type: "Kinesis"') && template.contains('MaximumRetryAttempts: 6')
assert template.contains('Type: "AWS::Kinesis::Stream"')
def clicks = new File(out, 'azure/clicks/function.json').text
assert clicks.contains('"type" : "eventHubTrigger"') && clicks.contains('"queueName" : "clicks-poison"')
assert clicks.contains('"maxRetryCount" : 6')
assert deploy.contains('--trigger-topic=clicks') && deploy.contains('dead_letter clicks clicks-dead-letter 7')
def log = new File(basedir, 'build.log').text
assert log =~ /portablefn: target\/portablefn\/aws\/function\.zip \(\d/
return true
