#!/usr/bin/env bash
# `npm test`: the whole suite — typecheck, lint, unit tests, build, main-bundle smoke, end-to-end —
# and one closing line `N passed, N failed, N skipped` counting every test and every check.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json reports/smoke.txt
passed=0; failed=0; skipped=0

step() {
  local name=$1; shift
  local t0=$SECONDS
  echo "::: $name"
  if "$@"; then echo "::: $name ok ($((SECONDS - t0))s)"; return 0; fi
  echo "::: $name FAILED ($((SECONDS - t0))s)"; return 1
}
count() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

count step typecheck npx tsc --noEmit -p .
count step lint npx eslint --max-warnings 0 .
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
if step build npm run -s build; then
  passed=$((passed + 1))
  step smoke bash -c 'node tests/smoke/main-bundle.smoke.cjs | tee reports/smoke.txt'
  step e2e env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json
else
  failed=$((failed + 1))
fi

# A runner that crashed before writing its report counts as one failure, never as zero tests.
read -r up uf < <(node -e 'try{const r=require("./reports/vitest.json");const broken=(r.testResults||[]).filter(t=>t.status==="failed"&&!(t.assertionResults||[]).length).length;console.log(r.numPassedTests,r.numFailedTests+broken+(r.numTotalTests===0?1:0))}catch{console.log(0,1)}')
read -r sp sf < <(node -e 'const t=(()=>{try{return require("fs").readFileSync("reports/smoke.txt","utf8")}catch{return ""}})();const m=/smoke checks: (\d+) ok, (\d+) not ok/.exec(t);console.log(m?m[1]:0,m?m[2]:1)')
read -r ep ef es < <(node -e 'try{const s=require("./reports/e2e.json").stats;console.log(s.expected,s.unexpected+s.flaky+(s.expected===0?1:0),s.skipped)}catch{console.log(0,1,0)}')
passed=$((passed + up + sp + ep)); failed=$((failed + uf + sf + ef)); skipped=$((skipped + es))
echo "checks: typecheck, lint, build; unit: $up passed, $uf failed; smoke: $sp ok, $sf not ok; e2e: $ep passed, $ef failed, $es skipped"
echo "$passed passed, $failed failed, $skipped skipped" | tee reports/summary.txt
[ "$failed" -eq 0 ]
