/**
 * The pages' one stylesheet (served at /assets/site.css; no external fonts or CDNs): デジタル庁
 * design-system-like type scale (16px body, 1.7 line height), high contrast, visible focus,
 * one column that stays readable at 375 px.
 */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Hiragino Kaku Gothic ProN",Meiryo,system-ui,sans-serif;font-size:1rem;line-height:1.7;color:#1a1a1a;background:#fff}
a{color:#0017c1;text-underline-offset:.2em}
a:visited{color:#5c10be}
a:hover{color:#00118f}
:focus-visible{outline:4px solid #ffd43d;outline-offset:2px;box-shadow:0 0 0 2px #1a1a1a}
.site-header{background:#00118f;color:#fff;padding:.75rem 1rem}
.site-header a{color:#fff}
.site-header .inner,.site-main,.site-footer .inner{max-width:44rem;margin:0 auto}
.site-header .inner{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;align-items:baseline}
.site-name{font-weight:700;font-size:1rem}
.site-main{padding:1.5rem 1rem 3rem}
.site-footer{border-top:1px solid #949494;background:#f2f2f2;padding:1.5rem 1rem;font-size:.875rem}
h1{font-size:1.75rem;line-height:1.4;margin:0 0 1.5rem}
h2{font-size:1.375rem;line-height:1.5;margin:2rem 0 1rem}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
p{margin:0 0 1rem}
.lead{font-size:1.125rem}
.field{margin:0 0 1.75rem}
.field label,.field legend{display:block;font-weight:700;margin:0 0 .25rem}
.hint{display:block;color:#4d4d4d;font-size:.9375rem;margin:0 0 .25rem}
.optional{font-weight:400;color:#4d4d4d}
input[type=text],input[type=email],input[type=tel],input[type=number],select,textarea{display:block;width:100%;max-width:32rem;font:inherit;padding:.5rem .75rem;border:2px solid #1a1a1a;border-radius:4px;background:#fff;color:#1a1a1a}
input.short{max-width:14rem}
textarea{min-height:7rem}
fieldset{border:0;margin:0 0 1.75rem;padding:0}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.25rem 0}
.choice input{width:1.5rem;height:1.5rem;margin:.1rem 0 0;flex:none}
.field-error{display:block;color:#c3000f;font-weight:700;margin:0 0 .25rem}
.field.has-error{border-left:4px solid #c3000f;padding-left:.75rem}
.field.has-error input,.field.has-error select,.field.has-error textarea{border-color:#c3000f}
.error-summary{border:4px solid #c3000f;padding:1rem 1.25rem;margin:0 0 2rem}
.error-summary h2{margin:0 0 .5rem;font-size:1.25rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#c3000f;font-weight:700}
.button{display:inline-block;font:inherit;font-weight:700;font-size:1.0625rem;color:#fff;background:#0017c1;border:2px solid #0017c1;border-radius:8px;padding:.75rem 2rem;cursor:pointer;text-decoration:none}
.button:hover{background:#00118f}
.button.secondary{color:#0017c1;background:#fff}
.panel{border:2px solid #00118f;border-radius:8px;padding:1rem 1.25rem;margin:0 0 1.5rem}
.panel-title{font-size:1.25rem;font-weight:700;margin:0 0 .5rem}
.number{font-size:2rem;font-weight:700}
.facts{border-collapse:collapse;margin:0 0 1.5rem;width:100%}
.facts th,.facts td{text-align:left;vertical-align:top;padding:.5rem .75rem .5rem 0;border-bottom:1px solid #d9d9d9}
.facts th{width:40%;font-weight:700}
.section{margin:0 0 2rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.card{border:1px solid #949494;border-radius:8px;padding:1rem;margin:0 0 1rem}
`;
