// The same four plans, reported by a serial build and by a parallel one (-T 4): every module's site is
// the same, byte for byte, and the four sites differ from one another.
import java.nio.file.Files
import java.nio.file.Path

Map<String, String> tree(Path dir) {
  Map<String, String> files = new TreeMap<>()
  Files.walk(dir).withCloseable { walk ->
    walk.filter { Files.isRegularFile(it) }.each { f ->
      files[dir.relativize(f).toString().replace('\\', '/')] = Files.readAllBytes(f).encodeHex().toString()
    }
  }
  return files
}

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
assert !log.contains('not marked @threadSafe') && !log.contains('not thread-safe')

List<Map<String, String>> sites = []
for (String module : ['north', 'east', 'south', 'west']) {
  Path target = basedir.toPath().resolve(module).resolve('target')
  Map<String, String> serial = tree(target.resolve('site-serial'))
  Map<String, String> parallel = tree(target.resolve('site-parallel'))
  assert serial.containsKey('index.html') && serial.containsKey('plan.json') && serial.containsKey('activities/activity-6.html')
  assert serial.size() > 40 : "$module: ${serial.size()} files"
  assert serial.keySet() == parallel.keySet() : "$module: different files"
  serial.each { path, bytes -> assert parallel[path] == bytes : "$module: $path differs" }
  sites << serial
  // nothing left beside the sites but the records of their inputs: no staging directories
  assert Files.list(target).withCloseable { it.map { it.fileName.toString() }.sorted().toList() } == ['.site-parallel.inputs', '.site-serial.inputs', 'site-parallel', 'site-serial']
}
assert sites.toSet().size() == 4 : 'each module has a site of its own'
return true
