// Measures chrono-node's date parsing throughput on the dev corpus (the
// same concatenated text BenchmarkDateFinder in extract/ uses), as wall
// clock MB/s and as MB/s of process CPU time (the fair figure on a shared
// machine). Usage: node bench.js [dir-with-txt] [seconds]
"use strict";
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");
const version = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("chrono-node")), "..", "..", "package.json"), "utf8")).version;

const dir = process.argv[2] || path.join(__dirname, "..", "..", "extract", "testdata", "dates", "dev");
const seconds = Number(process.argv[3] || 3);
const text = fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()
  .map((n) => fs.readFileSync(path.join(dir, n), "utf8") + "\n\n").join("");
const bytes = Buffer.byteLength(text, "utf8");
// Reference date as a release date would be given to our extractor.
const ref = new Date(2014, 2, 13);

let found = chrono.parse(text, ref);
for (let i = 0; i < 3; i++) found = chrono.parse(text, ref); // warm up the JIT

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let n = 0;
while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds) {
  chrono.parse(text, ref);
  n++;
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system) / 1e6;
console.log(`chrono-node ${version}: ${bytes} bytes x ${n} runs`);
console.log(`  ${(wall / n * 1e3).toFixed(2)} ms/op  ${(bytes * n / wall / 1e6).toFixed(2)} MB/s wall  ${(bytes * n / cpuSec / 1e6).toFixed(2)} cpu-MB/s`);
console.log(`  ${found.length} expressions found, e.g. ${found.slice(0, 8).map((r) => JSON.stringify(r.text)).join(", ")}`);
