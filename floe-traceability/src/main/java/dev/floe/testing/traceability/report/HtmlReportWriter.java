package dev.floe.testing.traceability.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * {@code index.html}: one self-contained page (inline style, one small inline script, no external asset) that
 * reads from the top down: totals of requirements and tests by status, the coverage trend and what changed, then
 * what needs attention (failing requirements with their failing tests, not-run requirements with the reason,
 * uncovered requirements with a suggested test location), per-feature and per-package tables with bars, and every
 * requirement and every test. Each test shows its status, duration (class set-up apart), display name and, when it
 * failed, its message and stack trace in a {@code <details>} block (framework frames folded, the full trace one click
 * away). The script adds filters (status, feature, package, priority), a search and sortable columns; without it the
 * page shows everything. Long ids wrap; below 700 px tables turn into stacked rows. All text from specs and tests is
 * escaped; the same inputs give the same bytes.
 */
final class HtmlReportWriter {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;padding:1em 1.5em;max-width:1800px;color:#1f2328;overflow-wrap:anywhere}
            h1{font-size:1.6em;margin:.2em 0}h2{margin:1.6em 0 .4em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}h3{margin:1.2em 0 .3em}
            table{border-collapse:collapse;margin:.5em 0;width:100%;table-layout:fixed}
            th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n,th.n{text-align:right}
            code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-all;tab-size:2;margin:.3em 0;padding:.4em;background:#f6f8fa;border:1px solid #d0d7de}
            a{color:#0550ae}summary{cursor:pointer}
            .muted{color:#57606a;font-size:12px}
            .bar{display:flex;height:14px;width:100%;max-width:300px;border:1px solid #8c959f;background:#fff}
            .bar span{display:block;height:100%}
            .covered,.b-passed{background:#2e9e44}.failing,.b-failed{background:#d64545}.not_run,.b-other{background:#e6a700}.uncovered{background:#8250df}
            .s-passed,.s-covered{color:#1a7f37}.s-failed,.s-error,.s-failing{color:#cf222e;font-weight:600}
            .s-skipped,.s-aborted,.s-not_run{color:#9a6700}.s-uncovered{color:#8250df;font-weight:600}.s-excluded{color:#57606a}
            .cards{display:flex;flex-wrap:wrap;gap:1em}.card{flex:1 1 300px;min-width:0;border:1px solid #d0d7de;border-radius:6px;padding:.5em 1em}
            .card h3{margin:.2em 0 .4em}.counts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}
            .counts b{font-size:1.5em}.counts a{text-decoration:none}
            .chg{font-size:12px;border-radius:3px;padding:0 3px;background:#ddf4ff;white-space:nowrap}
            .note{border-left:4px solid #e6a700;padding:.5em 1em;background:#fff8e5}
            .error{border-left:4px solid #d64545;padding:.5em 1em;background:#fdecec}
            .controls{display:none}
            .js .controls{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center;position:sticky;top:0;z-index:1;background:#fff;padding:.5em 0;border-bottom:1px solid #d0d7de}
            .controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2em .6em}.controls legend{font-weight:600;float:left;margin-right:.4em}
            .controls input[type=search]{width:22em;max-width:100%}
            .js th.sort{cursor:pointer}.js th.sort::after{content:" ↕";color:#8c959f}
            .js th[aria-sort=ascending]::after{content:" ↑"}.js th[aria-sort=descending]::after{content:" ↓"}
            #test-table td:first-child{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
            #test-table tr[data-s=passed]>td:nth-child(2){color:#1a7f37}#test-table tr[data-s=failed]>td:nth-child(2),#test-table tr[data-s=error]>td:nth-child(2){color:#cf222e;font-weight:600}
            #test-table tr[data-s=skipped]>td:nth-child(2),#test-table tr[data-s=aborted]>td:nth-child(2),#test-table tr[data-s=not_run]>td:nth-child(2){color:#9a6700}
            #requirements,#tests{content-visibility:auto;contain-intrinsic-size:auto 3000px}
            #req-table,#test-table,#req-table>*,#test-table>*{display:block}
            #req-table tr{display:grid;grid-template-columns:15% 8% 9% 6% 34% 28%}#test-table tr{display:grid;grid-template-columns:32% 7% 10% 13% 38%}
            #req-table tbody tr,#test-table tbody tr{content-visibility:auto;contain-intrinsic-size:auto 44px}
            #req-table tr[hidden],#test-table tr[hidden]{display:none}
            #req-table td,#req-table th,#test-table td,#test-table th{min-width:0;border-width:0 0 1px 1px}
            svg.trend{width:100%;max-width:640px;height:auto;border:1px solid #d0d7de;background:#fff}
            @media (max-width:700px){body{padding:.5em}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}
            table.stack thead{display:none}table.stack tr{border:1px solid #d0d7de;margin:.4em 0;padding:.2em}
            table.stack td{border:0;padding:1px 4px}table.stack td[data-l]::before{content:attr(data-l) ": ";color:#57606a}
            .controls input[type=search]{width:100%}#req-table tr,#test-table tr{display:block}}
            """;

    private static final String SCRIPT = """
            (function(){var d=document;d.documentElement.className+=' js';
            var q=d.getElementById('q'),ff=d.getElementById('ff'),fp=d.getElementById('fp'),fr=d.getElementById('fr');
            if(!q)return;
            var P={};function ids(r){return r.cells[3]?r.cells[3].textContent.match(/[0-9]{3}-FR-[0-9]{3}[a-z]?|FR-[0-9]{3}[a-z]?/g)||[]:[]}
            var T=[].map.call(d.querySelectorAll('table.filterable'),function(t){var rows=[].slice.call(t.tBodies[0].rows),req=t.getAttribute('data-kind')==='req';
            function a(n){return rows.map(function(r){return ' '+(r.getAttribute(n)||'')+' '})}
            var x={t:t,name:req?'rs':'ts',rows:rows,s:rows.map(function(r){return r.getAttribute('data-s')}),p:a('data-p'),x:null};
            if(req){rows.forEach(function(r){P[r.id]=r.getAttribute('data-r')});x.r=a('data-r');x.f=rows.map(function(r){return ' '+r.id.split('-FR-')[0]+' '})}
            else{var c=rows.map(ids);x.f=c.map(function(l){return ' '+l.map(function(i){return i.split('-FR-')[0]}).join(' ')+' '});
            x.r=c.map(function(l){return ' '+l.map(function(i){return P[i]||''}).join(' ')+' '})}return x});
            function on(n){var o={};[].forEach.call(d.querySelectorAll('input[name='+n+']'),function(c){if(c.checked)o[c.value]=1});return o}
            function apply(){var w=q.value.trim().toLowerCase(),F=ff.value?' '+ff.value+' ':'',P=fp.value?' '+fp.value+' ':'',R=fr.value?' '+fr.value+' ':'';
            T.forEach(function(x){var st=on(x.name),n=0,i,ok;
            if(w&&!x.x)x.x=x.rows.map(function(r){return r.textContent.toLowerCase()});
            for(i=0;i<x.rows.length;i++){ok=!!st[x.s[i]]&&(!F||x.f[i].indexOf(F)>=0)&&(!P||x.p[i].indexOf(P)>=0)&&(!R||x.r[i].indexOf(R)>=0)&&(!w||x.x[i].indexOf(w)>=0);
            if(x.rows[i].hidden===ok)x.rows[i].hidden=!ok;if(ok)n++}
            var c=d.getElementById(x.t.id+'-shown');if(c)c.textContent=n+' of '+x.rows.length+' shown'})}
            function only(n,v){[].forEach.call(d.querySelectorAll('input[name=rs],input[name=ts]'),function(c){c.checked=c.name!==n||c.value===v})}
            d.getElementById('filters').addEventListener('change',apply);q.addEventListener('input',apply);
            d.getElementById('reset').addEventListener('click',function(){q.value='';ff.value=fp.value=fr.value='';only('',null);apply()});
            [].forEach.call(d.querySelectorAll('a[data-rs],a[data-ts],a[data-ff],a[data-fp],a[data-q]'),function(l){l.addEventListener('click',function(){
            if(l.hasAttribute('data-rs'))only('rs',l.getAttribute('data-rs'));if(l.hasAttribute('data-ts'))only('ts',l.getAttribute('data-ts'));
            if(l.hasAttribute('data-ff'))ff.value=l.getAttribute('data-ff');if(l.hasAttribute('data-fp'))fp.value=l.getAttribute('data-fp');
            if(l.hasAttribute('data-q')){only('',null);q.value=l.getAttribute('data-q')}apply()})});
            function key(td){if(!td)return'';var v=td.getAttribute('data-v');return v!==null?v:td.textContent.trim().toLowerCase()}
            function sort(th){var t=th.closest('table'),x=T.filter(function(y){return y.t===t})[0],i=th.cellIndex,asc=th.getAttribute('aria-sort')!=='ascending';
            [].forEach.call(th.parentNode.cells,function(c){c.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');
            var k=x.rows.map(function(r){return key(r.cells[i])}),num=k.every(function(v){return /^-?[0-9]/.test(v)}),o=k.map(function(v,j){return j});
            if(num)k=k.map(parseFloat);o.sort(function(a,b){var c=num?k[a]-k[b]:(k[a]<k[b]?-1:k[a]>k[b]?1:0);return(asc?c:-c)||a-b});
            ['rows','s','f','p','r','x'].forEach(function(n){var v=x[n];if(v)x[n]=o.map(function(j){return v[j]})});
            var g=d.createDocumentFragment();x.rows.forEach(function(r){g.appendChild(r)});t.tBodies[0].appendChild(g)}
            [].forEach.call(d.querySelectorAll('th.sort'),function(th){th.tabIndex=0;th.addEventListener('click',function(){sort(th)});
            th.addEventListener('keydown',function(e){if(e.key==='Enter')sort(th)})});apply();
            (window.requestIdleCallback||setTimeout)(function(){T.forEach(function(x){if(!x.x)x.x=x.rows.map(function(r){return r.textContent.toLowerCase()})})})})();
            """;

    private static final String[] FRAMEWORK = {"org.junit.", "junit.", "org.opentest4j.", "org.assertj.core.",
        "org.apache.maven.surefire.", "jdk.internal.", "java.lang.reflect.", "sun.reflect.", "java.util.stream.",
        "java.util.ArrayList.forEach", "java.util.Iterator.forEachRemaining", "java.util.Spliterators",
        "java.util.concurrent.ForkJoin", "java.lang.Thread.run"};

    private HtmlReportWriter() {
    }

    static String render(TraceabilityMatrix matrix, SpecLinks links, ReportFacts facts, RunTrend trend) {
        StringBuilder h = new StringBuilder(4096 + matrix.tests().size() * 400 + matrix.requirements().size() * 500);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Traceability matrix</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Traceability matrix</h1>\n<p class=\"summary\"><strong>").append(e(matrix.summaryLine()))
                .append("</strong><br><span class=\"muted\">Generated ")
                .append(DateTimeFormatter.ISO_INSTANT.format(matrix.generatedAt())).append(" from ")
                .append(matrix.specs().specFiles().size()).append(" spec file(s)")
                .append(links.isRemote() ? "; spec links open the repository" : "").append("</span></p>\n");
        if (matrix.partialRun()) {
            h.append("<div class=\"note\"><strong>Partial run:</strong> not every test ran; the last full run's"
                    + " reports are kept beside this one.<ul>\n");
            matrix.partialReasons().forEach(r -> h.append("<li>").append(e(r)).append("</li>\n"));
            h.append("</ul></div>\n");
        }
        if (matrix.error() != null) {
            errorPage(h, matrix, facts);
            return h.append("</body>\n</html>\n").toString();
        }
        totals(h, facts, trend);
        attention(h, facts, links);
        features(h, facts, links);
        packages(h, facts);
        controls(h, matrix, facts);
        requirements(h, facts, links, trend);
        tests(h, facts);
        orphans(h, matrix);
        problems(h, matrix);
        return h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void errorPage(StringBuilder h, TraceabilityMatrix matrix, ReportFacts facts) {
        String error = matrix.error();
        h.append("<section class=\"error\" id=\"error\">\n<h2>No requirement could be read</h2>\n<p><strong>Error:</strong> ")
                .append(e(error)).append("</p>\n<p><strong>Where:</strong> looked for <code>")
                .append(e(matrix.specs().searched())).append("</code>");
        if (!matrix.specs().specFiles().isEmpty()) {
            h.append("; read ");
            matrix.specs().specFiles().forEach(f -> h.append("<code>").append(e(f)).append("</code> "));
        }
        h.append("</p>\n<p><strong>What to do:</strong> ");
        if (matrix.specs().specFiles().isEmpty() && matrix.specs().error() == null) {
            h.append("put each feature's spec at <code>specs/NNN-name/spec.md</code> under the build root, or point"
                    + " <code>floe.traceability.specs</code> and <code>floe.traceability.root</code> (command line"
                    + " <code>--specs</code>, <code>--root</code>) at the specs.");
        }
        else if (matrix.specs().error() == null) {
            h.append("write each requirement as a list item that starts with a bold id:"
                    + " <code>- **FR-001**: The system MUST ...</code>.");
        }
        else {
            h.append("fix the spec at the place the error names (what the parser reads: docs/spec-parsing.md).");
        }
        h.append(" Then run the tests again. Until then no requirement has a status, so this page lists no"
                + " coverage, no gaps and no orphan ids; the tests below ran as usual.</p>\n</section>\n");
        testTotals(h, facts);
        tests(h, facts);
        problems(h, matrix);
    }

    private static void totals(StringBuilder h, ReportFacts facts, RunTrend trend) {
        h.append("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"cards\">\n<div class=\"card\" id=\"req-totals\">"
                + "<h3>Requirements (").append(facts.matrix.requirements().size()).append(")</h3>\n<ul class=\"counts\">");
        for (String status : ReportFacts.REQUIREMENT_STATUSES) {
            h.append("<li><a href=\"#requirements\" data-rs=\"").append(status).append("\" class=\"s-").append(status)
                    .append("\"><b id=\"n-req-").append(status).append("\">").append(facts.count(status))
                    .append("</b> ").append(ReportFacts.words(status)).append("</a></li>");
        }
        h.append("</ul>\n");
        int[] counts = facts.requirementCounts;
        bar(h, counts[0] + counts[1] + counts[2] + counts[3], new String[] {"covered", "failing", "not_run", "uncovered"},
                counts[0], counts[1], counts[2], counts[3]);
        h.append("<p class=\"muted\">").append(facts.matrix.coveragePercentage())
                .append("% covered (excluded requirements do not count)</p></div>\n");
        testCard(h, facts);
        h.append("</div>\n");
        trend(h, trend);
        h.append("</section>\n");
    }

    private static void testTotals(StringBuilder h, ReportFacts facts) {
        h.append("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"cards\">\n");
        testCard(h, facts);
        h.append("</div>\n</section>\n");
    }

    private static void testCard(StringBuilder h, ReportFacts facts) {
        h.append("<div class=\"card\" id=\"test-totals\"><h3>Tests (").append(facts.matrix.tests().size())
                .append(")</h3>\n<ul class=\"counts\">");
        for (TestOutcome outcome : TestOutcome.values()) {
            String name = outcome.reportName();
            h.append("<li><a href=\"#tests\" data-ts=\"").append(name).append("\" class=\"s-").append(name)
                    .append("\"><b id=\"n-test-").append(name).append("\">").append(facts.count(outcome))
                    .append("</b> ").append(name.replace('_', ' ')).append("</a></li>");
        }
        h.append("</ul>\n");
        int passed = facts.count(TestOutcome.PASSED);
        int failed = facts.count(TestOutcome.FAILED) + facts.count(TestOutcome.ERRORED);
        bar(h, facts.matrix.tests().size(), new String[] {"b-passed", "b-failed", "b-other"}, passed, failed,
                facts.matrix.tests().size() - passed - failed);
        long ms = facts.matrix.tests().stream().mapToLong(TestResult::durationMs).sum();
        long setup = facts.packages.stream().mapToLong(ReportFacts.PackageRow::setupMs).sum();
        h.append("<p class=\"muted\">").append(duration(ms)).append(" in tests, ").append(duration(setup))
                .append(" in class set-up</p></div>\n");
    }

    private static void trend(StringBuilder h, RunTrend trend) {
        List<RunTrend.Point> history = trend.history();
        if (trend.comparedWith() != null) {
            h.append("<p id=\"changes\"><strong>Since ").append(e(trend.comparedWith())).append(":</strong> ");
            List<String> parts = new ArrayList<>();
            for (String kind : RunTrend.KINDS) {
                parts.add(trend.count(kind) + " " + kind);
            }
            h.append(e(String.join(", ", parts))).append(" (each requirement's change is in its row).</p>\n");
        }
        if (history.size() < 2) {
            h.append("<p class=\"muted\" id=\"trend\">Coverage trend: ").append(history.size())
                    .append(" full run recorded; the trend shows from the second full run on (")
                    .append(TraceabilityReports.HISTORY_JSON).append(").</p>\n");
            return;
        }
        int w = 600;
        int ht = 160;
        int left = 36;
        int top = 10;
        int plotW = w - left - 10;
        int plotH = ht - top - 26;
        h.append("<h3 id=\"trend\">Coverage of the last ").append(history.size()).append(" full runs</h3>\n")
                .append("<svg class=\"trend\" viewBox=\"0 0 ").append(w).append(' ').append(ht)
                .append("\" role=\"img\" aria-label=\"Coverage per run, from ").append(history.get(0).coverage())
                .append("% to ").append(history.get(history.size() - 1).coverage()).append("%\">");
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plotH - plotH * pct / 100.0;
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(w - 10).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#d0d7de\"/><text x=\"2\" y=\"").append(f(y + 4))
                    .append("\" font-size=\"11\" fill=\"#57606a\">").append(pct).append("%</text>");
        }
        StringBuilder covered = new StringBuilder();
        StringBuilder failing = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            RunTrend.Point p = history.get(i);
            double x = left + (history.size() == 1 ? 0 : plotW * i / (double) (history.size() - 1));
            double y = top + plotH - plotH * p.coverage() / 100.0;
            int counted = p.requirements() - p.excluded();
            double yf = top + plotH - (counted <= 0 ? 0 : plotH * p.failing() / (double) counted);
            covered.append(f(x)).append(',').append(f(y)).append(' ');
            failing.append(f(x)).append(',').append(f(yf)).append(' ');
            dots.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
                    .append("\" r=\"3\" fill=\"#2e9e44\"><title>").append(e(p.generatedAt())).append(": ")
                    .append(p.coverage()).append("% covered, ").append(p.failing()).append(" failing, ")
                    .append(p.notRun()).append(" not run, ").append(p.uncovered()).append(" uncovered; ")
                    .append(p.tests()).append(" tests, ").append(p.failed()).append(" failed</title></circle>");
        }
        h.append("<polyline fill=\"none\" stroke=\"#2e9e44\" stroke-width=\"2\" points=\"")
                .append(covered.toString().strip()).append("\"/><polyline fill=\"none\" stroke=\"#d64545\""
                        + " stroke-width=\"1.5\" stroke-dasharray=\"4 3\" points=\"")
                .append(failing.toString().strip()).append("\"/>").append(dots)
                .append("<text x=\"").append(left).append("\" y=\"").append(ht - 6)
                .append("\" font-size=\"11\" fill=\"#57606a\">").append(e(history.get(0).generatedAt()))
                .append("</text><text x=\"").append(w - 10).append("\" y=\"").append(ht - 6)
                .append("\" font-size=\"11\" fill=\"#57606a\" text-anchor=\"end\">")
                .append(e(history.get(history.size() - 1).generatedAt())).append("</text></svg>\n")
                .append("<p class=\"muted\">Green: % of requirements covered; dashed red: % failing. From ")
                .append(TraceabilityReports.HISTORY_JSON).append(" beside this page.</p>\n");
    }

    private static void attention(StringBuilder h, ReportFacts facts, SpecLinks links) {
        int total = facts.failing.size() + facts.notRun.size() + facts.uncovered.size();
        h.append("<section id=\"attention\">\n<h2>Needs attention (").append(total).append(")</h2>\n");
        if (total == 0) {
            h.append("<p>Nothing: every requirement is covered by passing tests, or excluded.</p>\n</section>\n");
            return;
        }
        if (!facts.failing.isEmpty()) {
            h.append("<h3 id=\"failing\">Failing requirements (").append(facts.failing.size()).append(")</h3>\n")
                    .append("<table class=\"stack\"><thead><tr><th style=\"width:16%\">Requirement</th><th style=\"width:24%\">Spec</th>"
                            + "<th>Failing tests and their messages</th></tr></thead><tbody>\n");
            for (RequirementCoverage row : facts.failing) {
                h.append("<tr><td><a href=\"#").append(e(row.id())).append("\"><code>").append(e(row.id()))
                        .append("</code></a></td><td data-l=\"Spec\">");
                location(h, row, links);
                h.append("</td><td><ul>");
                for (TestResult test : facts.failedTests(row)) {
                    h.append("<li><a href=\"#t").append(facts.testIndex.get(test.testId())).append("\"><code>")
                            .append(e(test.testId())).append("</code></a> <span class=\"s-")
                            .append(test.outcome().reportName()).append("\">").append(test.outcome().reportName())
                            .append("</span>: ").append(e(test.message())).append("</li>");
                }
                h.append("</ul></td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!facts.notRun.isEmpty()) {
            h.append("<h3 id=\"not-run\">Requirements whose tests did not run (").append(facts.notRun.size())
                    .append(")</h3>\n<table class=\"stack\"><thead><tr><th style=\"width:16%\">Requirement</th>"
                            + "<th style=\"width:24%\">Spec</th><th style=\"width:20%\">Tests</th><th>Why they did not run</th></tr></thead><tbody>\n");
            for (RequirementCoverage row : facts.notRun) {
                h.append("<tr><td><a href=\"#").append(e(row.id())).append("\"><code>").append(e(row.id()))
                        .append("</code></a></td><td data-l=\"Spec\">");
                location(h, row, links);
                h.append("</td><td data-l=\"Tests\">").append(facts.notRunTests(row).size()).append(" of ")
                        .append(row.testIds().size()).append(" not run</td><td data-l=\"Why\">")
                        .append(e(facts.notRunReason(row))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!facts.uncovered.isEmpty()) {
            h.append("<h3 id=\"gaps\">Uncovered requirements: gaps (").append(facts.uncovered.size())
                    .append(")</h3>\n<table class=\"stack\"><thead><tr><th style=\"width:16%\">Requirement</th>"
                            + "<th style=\"width:22%\">Spec</th><th>Text</th><th style=\"width:30%\">Suggested test location</th></tr></thead><tbody>\n");
            for (RequirementCoverage row : facts.uncovered) {
                h.append("<tr><td><a href=\"#").append(e(row.id())).append("\"><code>").append(e(row.id()))
                        .append("</code></a></td><td data-l=\"Spec\">");
                location(h, row, links);
                h.append("</td><td>").append(e(row.requirement().text())).append("</td><td data-l=\"Suggested\">")
                        .append(e(ReportText.notes(row))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void features(StringBuilder h, ReportFacts facts, SpecLinks links) {
        h.append("<section id=\"features\">\n<h2>Features</h2>\n<table class=\"stack\"><thead><tr><th style=\"width:20%\">Feature</th>"
                + "<th style=\"width:20%\">Spec</th><th style=\"width:18%\">Coverage</th><th class=\"n\">Covered</th>"
                + "<th class=\"n\">Failing</th><th class=\"n\">Not run</th><th class=\"n\">Uncovered</th>"
                + "<th class=\"n\">Excluded</th><th class=\"n\">%</th></tr></thead><tbody>\n");
        for (ReportFacts.FeatureRow f : facts.features) {
            int[] c = f.counts();
            h.append("<tr><td><a href=\"#requirements\" data-ff=\"").append(e(f.featureId())).append("\">")
                    .append(e(f.name())).append("</a></td><td data-l=\"Spec\">");
            if (f.specFile() != null && !f.specFile().isEmpty()) {
                link(h, links.file(f.specFile()), f.specFile());
            }
            h.append("</td><td>");
            int counted = c[0] + c[1] + c[2] + c[3];
            // the bar shows what the percentage counts: excluded requirements are in their column, not in the bar
            bar(h, counted, new String[] {"covered", "failing", "not_run", "uncovered"}, c[0], c[1], c[2], c[3]);
            h.append("</td>");
            String[] labels = {"Covered", "Failing", "Not run", "Uncovered", "Excluded"};
            for (int i = 0; i < c.length; i++) {
                h.append("<td class=\"n\" data-l=\"").append(labels[i]).append("\">").append(c[i]).append("</td>");
            }
            h.append("<td class=\"n\" data-l=\"%\">").append(f.percentage())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void packages(StringBuilder h, ReportFacts facts) {
        h.append("<section id=\"packages\">\n<h2>Packages</h2>\n<p class=\"muted\">Per module that ran tests: its tests"
                + " by status, their time and the class set-up time, and the requirements its tests cover (fully"
                + " covered: every covering test of the package passed).</p>\n<table class=\"stack\"><thead><tr>"
                + "<th style=\"width:18%\">Package</th><th style=\"width:18%\">Tests</th><th class=\"n\">Passed</th>"
                + "<th class=\"n\">Failed</th><th class=\"n\">Skipped or not run</th><th class=\"n\">Time</th>"
                + "<th class=\"n\">Class set-up</th><th class=\"n\">Requirements</th><th class=\"n\">Fully covered</th>"
                + "</tr></thead><tbody>\n");
        for (ReportFacts.PackageRow p : facts.packages) {
            int[] o = p.outcomes();
            int passed = o[TestOutcome.PASSED.ordinal()];
            int failed = o[TestOutcome.FAILED.ordinal()] + o[TestOutcome.ERRORED.ordinal()];
            int total = 0;
            for (int count : o) {
                total += count;
            }
            h.append("<tr><td><a href=\"#tests\" data-fp=\"").append(e(p.name())).append("\">").append(e(p.name()))
                    .append("</a></td><td>");
            bar(h, total, new String[] {"b-passed", "b-failed", "b-other"}, passed, failed, total - passed - failed);
            h.append("</td><td class=\"n\" data-l=\"Passed\">").append(passed)
                    .append("</td><td class=\"n\" data-l=\"Failed\">").append(failed)
                    .append("</td><td class=\"n\" data-l=\"Skipped or not run\">").append(total - passed - failed)
                    .append("</td><td class=\"n\" data-l=\"Time\">").append(duration(p.durationMs()))
                    .append("</td><td class=\"n\" data-l=\"Class set-up\">").append(duration(p.setupMs()))
                    .append("</td><td class=\"n\" data-l=\"Requirements\">").append(p.requirements())
                    .append("</td><td class=\"n\" data-l=\"Fully covered\">").append(p.covered()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void controls(StringBuilder h, TraceabilityMatrix matrix, ReportFacts facts) {
        h.append("<form id=\"filters\" class=\"controls\" role=\"search\" onsubmit=\"return false\">\n")
                .append("<input type=\"search\" id=\"q\" placeholder=\"Search ids, requirement text, test names\""
                        + " aria-label=\"Search ids, requirement text and test names\">\n<fieldset><legend>Requirements</legend>");
        for (String status : ReportFacts.REQUIREMENT_STATUSES) {
            h.append("<label><input type=\"checkbox\" name=\"rs\" value=\"").append(status).append("\" checked> ")
                    .append(ReportFacts.words(status)).append("</label>");
        }
        h.append("</fieldset>\n<fieldset><legend>Tests</legend>");
        for (TestOutcome outcome : TestOutcome.values()) {
            h.append("<label><input type=\"checkbox\" name=\"ts\" value=\"").append(outcome.reportName())
                    .append("\" checked> ").append(outcome.reportName().replace('_', ' ')).append("</label>");
        }
        h.append("</fieldset>\n<select id=\"ff\" aria-label=\"Feature\"><option value=\"\">every feature</option>");
        matrix.features().forEach(f -> h.append("<option value=\"").append(e(f.featureId())).append("\">")
                .append(e(f.name())).append("</option>"));
        h.append("</select>\n<select id=\"fp\" aria-label=\"Package\"><option value=\"\">every package</option>");
        facts.packages.forEach(p -> h.append("<option value=\"").append(e(p.name())).append("\">").append(e(p.name()))
                .append("</option>"));
        h.append("</select>\n<select id=\"fr\" aria-label=\"Priority\"><option value=\"\">every priority</option>");
        Set<String> priorities = new TreeSet<>();
        matrix.requirements().forEach(r -> priorities.add(ReportFacts.priorityOf(r)));
        priorities.forEach(p -> h.append("<option>").append(e(p)).append("</option>"));
        h.append("</select>\n<button type=\"button\" id=\"reset\">Show all</button>\n</form>\n");
    }

    private static void requirements(StringBuilder h, ReportFacts facts, SpecLinks links, RunTrend trend) {
        h.append("<section id=\"requirements\">\n<h2>Requirements (").append(facts.matrix.requirements().size())
                .append(")</h2>\n<p class=\"muted\" id=\"req-table-shown\"></p>\n<table class=\"filterable stack\""
                        + " id=\"req-table\" data-kind=\"req\"><thead><tr><th class=\"sort\">Requirement</th>"
                        + "<th class=\"sort\">Status</th><th class=\"sort\">Change</th>"
                        + "<th class=\"sort\">Priority</th><th class=\"sort\">Text</th>"
                        + "<th class=\"sort\">Tests</th></tr></thead><tbody>\n");
        for (RequirementCoverage r : facts.matrix.requirements()) {
            String status = ReportFacts.status(r);
            String priority = ReportFacts.priorityOf(r);
            h.append("<tr id=\"").append(e(r.id())).append("\" data-s=\"").append(status).append("\" data-p=\"")
                    .append(e(facts.packagesOf(r)))
                    .append("\" data-r=\"").append(e(priority)).append("\"><td><code>").append(e(r.id()))
                    .append("</code><br>");
            location(h, r, links);
            h.append("</td><td class=\"s-").append(status).append("\" data-v=\"")
                    .append(ReportFacts.REQUIREMENT_STATUSES.indexOf(status)).append("\">")
                    .append(ReportFacts.words(status)).append("</td><td>");
            for (String change : trend.changesOf(r.id())) {
                h.append("<span class=\"chg\">").append(e(change)).append("</span> ");
            }
            h.append("</td><td>").append(e(priority)).append("</td><td>").append(e(r.requirement().text()))
                    .append("<br><span class=\"muted\">").append(e(MatrixJsonWriter.category(r.requirement())));
            if (r.exclusion() != null) {
                h.append("; ").append(e(ReportText.notes(r)));
            }
            h.append("</span></td><td>");
            testsOf(h, facts, r);
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    /**
     * {@code 6 tests: 4 passed, 1 failed, 1 error}, then each test that did not pass by its short name (a link to its
     * row), and a link that shows them all in the tests table (the tests table names every test in full).
     */
    private static void testsOf(StringBuilder h, ReportFacts facts, RequirementCoverage r) {
        if (r.testIds().isEmpty()) {
            h.append("0 tests");
            return;
        }
        int[] counts = new int[TestOutcome.values().length];
        List<TestResult> notPassed = new ArrayList<>();
        for (String id : r.testIds()) {
            TestResult t = facts.testsById.get(id);
            counts[t.outcome().ordinal()]++;
            if (t.outcome() != TestOutcome.PASSED) {
                notPassed.add(t);
            }
        }
        h.append(r.testIds().size()).append(r.testIds().size() == 1 ? " test: " : " tests: ");
        String separator = "";
        for (TestOutcome outcome : TestOutcome.values()) {
            if (counts[outcome.ordinal()] > 0) {
                h.append(separator).append(counts[outcome.ordinal()]).append(' ')
                        .append(outcome.reportName().replace('_', ' '));
                separator = ", ";
            }
        }
        for (TestResult t : notPassed) {
            h.append("<br><a href=\"#t").append(facts.testIndex.get(t.testId())).append("\" class=\"s-")
                    .append(t.outcome().reportName()).append("\">").append(e(shortName(t.testId()))).append("</a>");
        }
        h.append("<br><a href=\"#tests\" data-q=\"").append(e(r.id())).append("\">its tests</a>");
    }

    /** {@code Class::method(...)[n]}: the test id without its source path. */
    static String shortName(String testId) {
        int first = testId.indexOf("::");
        return first < 0 ? testId : testId.substring(first + 2);
    }

    private static void tests(StringBuilder h, ReportFacts facts) {
        TraceabilityMatrix matrix = facts.matrix;
        h.append("<section id=\"tests\">\n<h2>Tests (").append(matrix.tests().size()).append(")</h2>\n")
                .append("<p class=\"muted\" id=\"test-table-shown\"></p>\n<table class=\"filterable stack\" id=\"test-table\""
                        + " data-kind=\"test\"><thead><tr><th class=\"sort\">Test</th>"
                        + "<th class=\"sort\">Status</th><th class=\"sort\">Time</th>"
                        + "<th class=\"sort\">Covers</th><th class=\"sort\">Failure</th></tr></thead><tbody>\n");
        int index = 0;
        for (TestResult t : matrix.tests()) {
            List<String> covers = matrix.error() == null ? facts.idsByTest.getOrDefault(t.testId(), List.of())
                    : t.coveredIds();
            String status = t.outcome().reportName();
            h.append("<tr id=\"t").append(index++).append("\" data-s=\"").append(status).append("\" data-p=\"")
                    .append(e(ReportFacts.moduleOf(t))).append("\"><td>").append(e(t.testId()));
            String name = t.displayName();
            if (name != null && !name.equals(t.methodName() + "()") && !name.equals(t.methodName())) {
                h.append("<br><span class=\"muted\">").append(e(name)).append("</span>");
            }
            h.append("</td><td>").append(status.replace('_', ' ')).append("</td><td>").append(t.durationMs())
                    .append(" ms");
            if (t.setupMs() > 0) {
                h.append("<br><span class=\"muted\">+ ").append(t.setupMs()).append(" ms class set-up</span>");
            }
            h.append("</td><td>").append(e(String.join(" ", covers))).append("</td>");
            if (t.message() != null || t.stackTrace() != null) {
                h.append("<td>");
                if (t.message() != null) {
                    h.append(e(t.message()));
                }
                if (t.stackTrace() != null) {
                    String trimmed = trimmed(t.stackTrace());
                    h.append("<details class=\"trace\"><summary>Stack trace</summary><pre>").append(e(trimmed))
                            .append("</pre>");
                    if (!trimmed.equals(t.stackTrace())) {
                        h.append("<details class=\"full\"><summary>Full stack trace</summary><pre>")
                                .append(e(t.stackTrace())).append("</pre></details>");
                    }
                    h.append("</details>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    /** The trace with runs of framework frames (JUnit, reflection, Surefire, streams) folded into one line each. */
    static String trimmed(String trace) {
        StringBuilder out = new StringBuilder(trace.length());
        int folded = 0;
        for (String line : trace.split("\n", -1)) {
            if (line.startsWith("\tat ") && framework(line.substring(4))) {
                folded++;
                continue;
            }
            if (folded > 0) {
                out.append("\t... ").append(folded).append(folded == 1 ? " framework frame\n" : " framework frames\n");
                folded = 0;
            }
            out.append(line).append('\n');
        }
        if (folded > 0) {
            out.append("\t... ").append(folded).append(folded == 1 ? " framework frame\n" : " framework frames\n");
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static boolean framework(String frame) {
        int paren = frame.indexOf('(');
        String method = paren < 0 ? frame : frame.substring(0, paren);
        int slash = method.indexOf('/');
        method = slash < 0 ? method : method.substring(slash + 1);
        for (String prefix : FRAMEWORK) {
            if (method.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void orphans(StringBuilder h, TraceabilityMatrix matrix) {
        if (matrix.orphans().isEmpty()) {
            return;
        }
        h.append("<section id=\"orphans\">\n<h2>Orphan ids (").append(matrix.orphans().size())
                .append(")</h2>\n<table class=\"stack\"><thead><tr><th style=\"width:15%\">Id</th><th style=\"width:30%\">Why</th>"
                        + "<th>Tests</th></tr></thead><tbody>\n");
        for (Orphan o : matrix.orphans()) {
            h.append("<tr><td><code>").append(e(o.id())).append("</code></td><td>").append(e(o.reason()))
                    .append("</td><td>");
            o.testIds().forEach(t -> h.append("<code>").append(e(t)).append("</code><br>"));
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void problems(StringBuilder h, TraceabilityMatrix matrix) {
        if (!matrix.problems().isEmpty()) {
            h.append("<section id=\"problems\">\n<h2>Problems (").append(matrix.problems().size()).append(")</h2>\n<ul>\n");
            matrix.problems().forEach(p -> h.append("<li>").append(e(p)).append("</li>\n"));
            h.append("</ul>\n</section>\n");
        }
    }

    /** A bar of {@code counts} out of {@code total}, one segment per non-zero count, with the figures as its title. */
    private static void bar(StringBuilder h, int total, String[] kinds, int... counts) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            title.append(i == 0 ? "" : ", ").append(counts[i]).append(' ').append(kinds[i].replace("b-", "")
                    .replace('_', ' '));
        }
        h.append("<div class=\"bar\" title=\"").append(title).append("\">");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && total > 0) {
                h.append("<span class=\"").append(kinds[i]).append("\" style=\"width:")
                        .append(f(counts[i] * 100.0 / total)).append("%\"></span>");
            }
        }
        h.append("</div>");
    }

    private static String duration(long ms) {
        if (ms < 10_000) {
            return ms + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code path:line} as a link to that line of the spec file. */
    private static void location(StringBuilder h, RequirementCoverage r, SpecLinks links) {
        link(h, links.line(r.requirement().specFile(), r.requirement().line()), r.location());
    }

    private static void link(StringBuilder h, String href, String text) {
        h.append("<a href=\"").append(e(href)).append("\"><code>").append(e(text)).append("</code></a>");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
