import * as echarts from 'echarts';
const c = echarts.init(null, null, {renderer:'svg', ssr:true, width:400, height:300});
c.setOption({aria:{enabled:true,label:{description:'Hello desc'},decal:{show:true}}, xAxis:{type:'category',data:['a','b']}, yAxis:{type:'value'}, series:[{type:'line',data:[1,null]}]});
const s = c.renderToSVGString();
console.log(s.slice(0,400)); console.log(s.includes('Hello desc'));
