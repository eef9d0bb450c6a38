import Papa from 'papaparse';
import { decodeText } from './src/lib/engine/decode';
import { CsvRowReader } from './src/lib/engine/csv';
const P=[842,251,699,757,579,156,392,276,250,380];
const rows: string[] = ['t,i,j,k,v,q\n'];
let s='';
for (let r=0;r<3_000_000;r++){ const a=P[r%10], b=P[(r*7+3)%10]; const i = r%50===0?76:a, j = r%50===25?76:b; s+=`2020,${i},${j},${String(10000+ (r*13)%990000).padStart(6,'0')},${(r%1000)/7},${r%3===0?'NA':(r%17)/3}\n`; if (s.length>1e6){rows.push(s); s='';} }
rows.push(s);
const blob = new Blob(rows);
let t0=performance.now(); let n=0;
for await (const c of decodeText(blob,'x')) n+=c.text.length;
console.log('decode', ((performance.now()-t0)/1000).toFixed(2));
t0=performance.now(); let cnt=0;
const rdr = new CsvRowReader({header(){}, rows(_r,_l,c){cnt+=c}});
for await (const c of decodeText(blob,'x')) rdr.push(c.text);
rdr.finish();
console.log('decode+csv', ((performance.now()-t0)/1000).toFixed(2), cnt);
t0=performance.now(); cnt=0;
for await (const c of decodeText(blob,'x')) { const lines=c.text.split('\n'); for (const l of lines) { const f=l.split(','); cnt+=f.length; } }
console.log('decode+split', ((performance.now()-t0)/1000).toFixed(2), cnt);
