// start served the project (the integration test called it), and stop ended the server.
def log = new File(basedir, 'build.log').text
assert log.contains('it: ping answered on port')
assert log =~ /portablefn: start-stop is served on http:\/\/localhost:(\d+)/
def port = (log =~ /portablefn: start-stop is served on http:\/\/localhost:(\d+)/)[0][1] as int
assert log.contains("portablefn: stopped the local server on port $port")
try {
    new Socket('localhost', port).close()
    assert false : "the server still listens on $port after portablefn:stop"
} catch (ConnectException stopped) {
}
assert new File(basedir, 'target/portablefn/local-server.log').isFile()
return true
