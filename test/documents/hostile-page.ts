/**
 * A hostile article page written by us: scripts (in head, body, SVG, upper case), event
 * handlers, javascript: URLs, an iframe, object, template, noscript, hidden text, comments,
 * entities good and bad, unclosed and stray tags, navigation and footer chrome, and a footnote
 * list. Kept as a string so that formatters never touch its deliberate malformations.
 */
export const HOSTILE_HTML = String.raw`<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Border talks resume in Quetta | The Example Ledger</title>
<meta name="author" content="Amina Farooqi">
<meta property="article:published_time" content="2024-03-14T08:30:00Z">
<meta property="og:site_name" content="The Example Ledger">
<link rel="canonical" href="https://ledger.example.org/2024/03/border-talks">
<script>globalThis.__jirgaPwned = true; document.write("INJECTED SCRIPT TEXT");</script>
<style>body { background: url("javascript:alert(1)") } .x:before { content: "STYLE TEXT" }</style>
</head>
<body onload="globalThis.__jirgaPwned = true">
<nav><a href="/">Home</a> <a href="/world">World</a> NAVIGATION TEXT</nav>
<!-- a comment with <p>COMMENT TEXT</p> inside -->
<article>
<h1>Border talks resume in Quetta</h1>
<p class="byline">By Amina Farooqi &middot; <time datetime="2024-03-14">14 March 2024</time></p>
<p>Delegations from the two provinces met in Quetta on Tuesday to discuss the reopening of the border crossing<sup>1</sup>. The talks followed a week of protests by traders.</p>
<p onclick="alert('x')">Officials said the crossing would reopen &ldquo;within days&rdquo; &amp; that tariffs would fall. <a href="javascript:alert('LINK')">Read the statement</a>.
<p>A second paragraph &#8212; with an unclosed <b>bold <i>and italic</b> run</i>, and a stray </span> end tag &lt;script&gt; shown as text.</p>
<iframe src="https://evil.example/frame">IFRAME TEXT</iframe>
<object data="x.swf">OBJECT TEXT</object>
<template><p>TEMPLATE TEXT</p></template>
<noscript>NOSCRIPT TEXT</noscript>
<div hidden>HIDDEN TEXT</div>
<img src=x onerror="globalThis.__jirgaPwned = true">
<svg><script>globalThis.__jirgaPwned = true</script><text>SVG TEXT</text></svg>
<SCRIPT type="text/javascript">globalThis.__jirgaPwned = true; // </SCRIPT>
<p>Traders welcomed the news&#x21; Prices &#0; fell &bogus; slightly.</p>
<h2>Notes</h2>
<ol>
<li>&ldquo;Crossing to reopen, officials say&rdquo;, Example Wire, https://wire.example.com/crossing-reopen, (Date of access: 13.03.2024).</li>
</ol>
</article>
<aside>RELATED STORIES</aside>
<footer>FOOTER TEXT &copy; 2024</footer>
</body>
</html>
`;
