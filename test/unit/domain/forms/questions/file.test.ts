import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FileRef, formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { mimeAllowed } from '../../../../../src/domain/forms/questions/file.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

const pdf = (id: string, size = 1000): FileRef => ({ id, name: `${id}.pdf`, size, mime: 'application/pdf' });

describe('file question', () => {
  const def = oneStep(
    question('file', 'doc', {
      required: true,
      accept: ['application/pdf', 'image/*'],
      maxSizeBytes: 5000,
      maxFiles: 2,
    }),
  );

  it('adds uploads to the files already in the answer', () => {
    const v = post(def, {}, { doc: [pdf('a')] }, { doc: [pdf('b')] });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers.doc, [pdf('a'), pdf('b')]);
  });

  it('removes the files named in q.<key>.remove', () => {
    const v = post(def, { 'q.doc.remove': 'a' }, { doc: [pdf('a'), pdf('b')] });
    assert.deepEqual(v.answers.doc, [pdf('b')]);
    assert.deepEqual(v.ignored, []);
  });

  it('reports required when there are no files', () => {
    assert.deepEqual(codes(post(def, {})), ['q.doc:required']);
    assert.deepEqual(codes(post(def, { 'q.doc.remove': 'a' }, { doc: [pdf('a')] })), ['q.doc:required']);
  });

  it('refuses files of other types, naming the file and the types allowed', () => {
    const exe: FileRef = { id: 'x', name: 'virus.exe', size: 10, mime: 'application/x-msdownload' };
    const v = post(def, {}, { doc: [pdf('a')] }, { doc: [exe] });
    assert.deepEqual(codes(v), ['q.doc:fileTypeNotAllowed']);
    assert.deepEqual(v.errors[0]?.params, { name: 'virus.exe', accept: ['application/pdf', 'image/*'] });
    assert.deepEqual(v.rejectedFiles, [exe]);
    assert.deepEqual(v.answers.doc, [pdf('a')], 'the files already there are kept');
  });

  it('refuses files that are too large', () => {
    const v = post(def, {}, {}, { doc: [pdf('big', 5001), pdf('ok', 5000)] });
    assert.deepEqual(codes(v), ['q.doc:fileTooLarge']);
    assert.deepEqual(v.errors[0]?.params, { name: 'big.pdf', max: 5000 });
    assert.deepEqual(v.answers.doc, [pdf('ok', 5000)]);
    assert.deepEqual(v.rejectedFiles, [pdf('big', 5001)]);
  });

  it('refuses uploads beyond maxFiles, reporting it once', () => {
    const v = post(def, {}, { doc: [pdf('a')] }, { doc: [pdf('b'), pdf('c'), pdf('d')] });
    assert.deepEqual(codes(v), ['q.doc:tooManyFiles']);
    assert.deepEqual(v.errors[0]?.params, { max: 2 });
    assert.deepEqual(v.answers.doc, [pdf('a'), pdf('b')]);
    assert.deepEqual(v.rejectedFiles, [pdf('c'), pdf('d')]);
  });

  it('matches MIME types exactly or by wildcard, ignoring case', () => {
    assert.equal(mimeAllowed(['image/*'], 'image/png'), true);
    assert.equal(mimeAllowed(['image/*'], 'IMAGE/JPEG'), true);
    assert.equal(mimeAllowed(['application/pdf'], 'application/pdfx'), false);
    assert.equal(mimeAllowed(['image/*'], 'imagex/png'), false);
  });

  it('checks stored files for count, size and type', () => {
    const check = (doc: unknown) => codes(validateSubmission(def, { doc } as never, { today: TODAY }));
    assert.deepEqual(check([pdf('a'), pdf('b'), pdf('c')]), ['q.doc:tooManyFiles']);
    assert.deepEqual(check([pdf('a', 9999)]), ['q.doc:fileTooLarge']);
    assert.deepEqual(check([{ id: 'a', name: 'a', size: 1 }]), ['q.doc:invalidValue']);
    assert.deepEqual(check([pdf('a')]), []);
  });

  it('formats file names with sizes', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.deepEqual(formatAnswer(q, [pdf('intyg', 1_234_567), pdf('b', 900)], SV), [
      'intyg.pdf (1,2 MB)',
      'b.pdf (900 B)',
    ]);
  });
});
