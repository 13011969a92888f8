// Preloaded (`node --import test/bench/reportPeakRss.js ...`) by the write-path benchmark: prints the
// process's peak resident memory (every thread: the CLI and its job worker) on stderr as it exits.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
