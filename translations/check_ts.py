#!/usr/bin/env python3
"""Check Dermalens .ts files: every message translated (no type="unfinished"/vanished/obsolete),
plural form counts, placeholders (%1..%99, %n, %L1), accelerators (&), HTML tags, newlines and the
'decision support' disclaimer. Exits 1 on any error. Usage: check_ts.py [file.ts ...]"""
import re, sys, glob, os, collections, xml.etree.ElementTree as ET

FORMS = {'ru': 3, 'ko': 1, 'kk': 2}
DISCLAIMER = {'ru': 'Только поддержка принятия решений — не диагноз',
              'ko': '의사결정 지원 전용 — 진단이 아닙니다',
              'kk': 'Тек шешім қабылдауды қолдау — диагноз емес'}
PH = re.compile(r'%L?(\d{1,2}|n)')
TAG = re.compile(r'</?([a-zA-Z][a-zA-Z0-9]*)')

def accels(s):
    return len(re.findall(r'(?<!&)&(?!&)[^&\s]', s.replace('&&', '')))

def main(files):
    errors = warnings = 0
    for path in files:
        lang = ET.parse(path).getroot().get('language')
        n_ok = 0
        for ctx in ET.parse(path).getroot().iter('context'):
            cname = ctx.find('name').text
            for m in ctx.iter('message'):
                src = m.find('source').text or ''
                tr = m.find('translation')
                where = f'{os.path.basename(path)} [{cname}] {src!r}'
                def err(msg):
                    nonlocal errors; errors += 1; print('ERROR', where, '-', msg)
                if tr is None: err('no <translation>'); continue
                if tr.get('type'): err(f'type="{tr.get("type")}"')
                if m.get('numerus') == 'yes':
                    forms = [f.text or '' for f in tr.findall('numerusform')]
                    if len(forms) != FORMS.get(lang, len(forms)):
                        err(f'{len(forms)} plural forms, expected {FORMS[lang]}')
                else:
                    forms = [tr.text or '']
                for t in forms:
                    if not t.strip(): err('empty translation'); continue
                    if collections.Counter(PH.findall(src)) != collections.Counter(PH.findall(t)):
                        err(f'placeholders {sorted(PH.findall(src))} vs {sorted(PH.findall(t))} in {t!r}')
                    if accels(src) != accels(t): err(f'accelerator count {accels(src)} vs {accels(t)} in {t!r}')
                    if sorted(TAG.findall(src)) != sorted(TAG.findall(t)): err(f'HTML tags differ in {t!r}')
                    if src.count('\n') != t.count('\n'): err(f'newline count differs in {t!r}')
                    if 'Decision support only' in src and DISCLAIMER.get(lang, '') not in t:
                        err(f'disclaimer not in canonical wording: {t!r}')
                    if 'SYNTHETIC' in src and not re.search('СИНТЕТИ|합성', t): err('SYNTHETIC marker lost')
                    for end in ('…', '.', ':'):
                        if src.endswith(end) != t.endswith(end):
                            warnings += 1; print('warn ', where, f'- ending {end!r} differs: {t!r}')
                            break
                n_ok += 1
        print(f'{os.path.basename(path)}: {n_ok} messages checked')
    print(f'{errors} error(s), {warnings} warning(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.ts')))))
