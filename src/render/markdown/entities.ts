/** Named character references kramdown knows (HTML 4 set plus a few), as name:code point pairs. */
const NAMED =
  "Alpha:913,Beta:914,Gamma:915,Delta:916,Epsilon:917,Zeta:918,Eta:919,Theta:920,Iota:921,Kappa:922,Lambda:923,Mu:924,Nu:925,Xi:926,Omicron:927,Pi:928,Rho:929,Sigma:931,Tau:932,Upsilon:933,Phi:934,Chi:935,Psi:936,Omega:937,alpha:945,beta:946,gamma:947,delta:948,epsilon:949,zeta:950,eta:951,theta:952,iota:953,kappa:954,lambda:955,mu:956,nu:957,xi:958,omicron:959,pi:960,rho:961,sigma:963,tau:964,upsilon:965,phi:966,chi:967,psi:968,omega:969,sigmaf:962,thetasym:977,upsih:978,piv:982,zwnj:8204,zwj:8205,lrm:8206,rlm:8207,hellip:8230,prime:8242,Prime:8243,oline:8254,frasl:8260,weierp:8472,image:8465,real:8476,alefsym:8501,bull:8226,trade:8482,larr:8592,rarr:8594,uarr:8593,darr:8595,harr:8596,crarr:8629,uArr:8657,dArr:8659,lArr:8656,rArr:8658,hArr:8660,forall:8704,part:8706,exist:8707,empty:8709,nabla:8711,isin:8712,ni:8715,notin:8713,sum:8721,prod:8719,minus:8722,lowast:8727,radic:8730,prop:8733,infin:8734,ang:8736,and:8743,or:8744,cap:8745,cup:8746,int:8747,there4:8756,sim:8764,asymp:8776,cong:8773,ne:8800,equiv:8801,le:8804,ge:8805,sub:8834,sup:8835,sube:8838,supe:8839,nsub:8836,oplus:8853,otimes:8855,perp:8869,sdot:8901,vellip:8942,rceil:8968,lceil:8969,lfloor:8970,rfloor:8971,rang:9001,lang:9002,loz:9674,spades:9824,clubs:9827,hearts:9829,diams:9830,amp:38,quot:34,apos:39,copy:169,lt:60,gt:62,OElig:338,oelig:339,Scaron:352,scaron:353,Yuml:376,circ:710,tilde:732,ndash:8211,mdash:8212,lsquo:8216,rsquo:8217,ldquo:8220,rdquo:8221,dagger:8224,Dagger:8225,permil:8240,euro:8364,lsaquo:8249,rsaquo:8250,nbsp:160,iexcl:161,pound:163,curren:164,yen:165,brvbar:166,sect:167,uml:168,laquo:171,raquo:187,reg:174,ordf:170,not:172,shy:173,macr:175,deg:176,plusmn:177,acute:180,micro:181,para:182,middot:183,cedil:184,ordm:186,cent:162,sup1:185,sup2:178,sup3:179,frac12:189,frac14:188,frac34:190,iquest:191,Agrave:192,Aacute:193,Acirc:194,Atilde:195,Auml:196,Aring:197,AElig:198,Ccedil:199,Egrave:200,Eacute:201,Ecirc:202,Euml:203,Igrave:204,Iacute:205,Icirc:206,Iuml:207,ETH:208,Ntilde:209,Ograve:210,Oacute:211,Ocirc:212,Otilde:213,Ouml:214,times:215,Oslash:216,Ugrave:217,Uacute:218,Ucirc:219,Uuml:220,Yacute:221,THORN:222,szlig:223,agrave:224,aacute:225,acirc:226,atilde:227,auml:228,aring:229,aelig:230,ccedil:231,egrave:232,eacute:233,ecirc:234,euml:235,igrave:236,iacute:237,icirc:238,iuml:239,eth:240,ntilde:241,ograve:242,oacute:243,ocirc:244,otilde:245,ouml:246,divide:247,oslash:248,ugrave:249,uacute:250,ucirc:251,uuml:252,yacute:253,thorn:254,yuml:255,sbquo:8218,fnof:402,bdquo:8222,ensp:8194,emsp:8195,thinsp:8201";
/** Numeric references kramdown remaps (Windows-1252 range) to their Unicode code points. */
const REMAPPED =
  "128:8364,130:8218,131:402,132:8222,133:8230,134:8224,135:8225,136:710,137:8240,138:352,139:8249,140:338,142:381,145:8216,146:8217,147:8220,148:8221,149:8226,150:8211,151:8212,152:732,153:8482,154:353,155:8250,156:339,158:382,159:376";

let byName: Map<string, number> | undefined;
let nameOf: Map<number, string> | undefined;

/** The name kramdown gives a code point (for symbolic output), if any. */
export function entityName(codePoint: number): string | undefined {
  if (!nameOf) {
    nameOf = new Map();
    for (const [name, cp] of tables()[0]) nameOf.set(cp, name);
  }
  return nameOf.get(codePoint);
}
let byCode: Map<number, number> | undefined;

function tables(): [Map<string, number>, Map<number, number>] {
  if (!byName || !byCode) {
    byName = new Map(
      NAMED.split(",").map((p) => {
        const i = p.lastIndexOf(":");
        return [p.slice(0, i), Number(p.slice(i + 1))] as [string, number];
      }),
    );
    byCode = new Map(REMAPPED.split(",").map((p) => p.split(":").map(Number) as [number, number]));
  }
  return [byName, byCode];
}

/** A character reference as kramdown resolves it: its code point, and whether that is a valid character. */
export interface Entity {
  codePoint: number;
  char: string | null;
}

/** Resolves a named reference; undefined when kramdown does not know the name. */
export function namedEntity(name: string): Entity | undefined {
  const cp = tables()[0].get(name);
  return cp === undefined ? undefined : { codePoint: cp, char: String.fromCodePoint(cp) };
}

/** Resolves a numeric reference, remapping the Windows-1252 range as kramdown does. */
export function numericEntity(n: number): Entity {
  const cp = tables()[1].get(n) ?? n;
  const ok = Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return { codePoint: cp, char: ok ? String.fromCodePoint(cp) : null };
}
