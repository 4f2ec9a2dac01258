/**
 * The Excel double behaves like Office.js where the adapter could go wrong: nothing is
 * readable before load() and sync(), nothing is written before sync(), arrays must fit
 * their range, "=..." given as a value becomes a formula, null objects, protection, API
 * versions, and the 5 MB payload limit of Excel on the web.
 */
import { DoubleOfficeError, ExcelDouble } from './double';

// Requests of several MB through the double: 1 to 3 s on a loaded machine. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

type Ctx = Excel.RequestContext;

function double(options: ConstructorParameters<typeof ExcelDouble>[1] = {}) {
  return new ExcelDouble(
    {
      sheets: [
        { name: 'Data', values: [['a', 1], ['b', 2]], numberFormats: [undefined, [undefined, '0.0']] },
        { name: 'Locked', values: [['x']], protected: true },
      ],
    },
    options,
  );
}

async function officeError(p: Promise<unknown>): Promise<DoubleOfficeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DoubleOfficeError) return e;
    throw e;
  }
  throw new Error('expected an OfficeExtension.Error');
}

function thrown(f: () => unknown): DoubleOfficeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DoubleOfficeError) return e;
    throw e;
  }
  throw new Error('expected an OfficeExtension.Error');
}

test('a property cannot be read before load() and sync(): PropertyNotLoaded, as Office.js throws it', async () => {
  const excel = double();
  await excel.run(async (context: Ctx) => {
    const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
    expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
    range.load('values');
    expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
    await context.sync();
    expect(range.values).toEqual([['a', 1], ['b', 2]]);
    expect(thrown(() => range.numberFormat).code).toBe('PropertyNotLoaded');
    const sheets = context.workbook.worksheets;
    expect(thrown(() => sheets.items).code).toBe('PropertyNotLoaded');
  });
});

test('writes are queued and reach the workbook only at sync()', async () => {
  const excel = double();
  await excel.run(async (context: Ctx) => {
    context.workbook.worksheets.getItem('Data').getRange('A1').values = [['changed']];
    expect(excel.model.get('Data').value(0, 0)).toBe('a');
    await context.sync();
    expect(excel.model.get('Data').value(0, 0)).toBe('changed');
  });
});

test('an array whose shape is not its range\'s is refused at sync with InvalidArgument', async () => {
  const excel = double();
  const e = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [['only one row', 1]];
      await context.sync();
    }),
  );
  expect(e.code).toBe('InvalidArgument');
  expect(e.debugInfo.errorLocation).toBe('Range.values');
});

test('text given as a value that starts with =, +, - or @ becomes a formula, "00123" a number, unless the cell is Text', async () => {
  const excel = double();
  await excel.run(async (context: Ctx) => {
    const sheet = context.workbook.worksheets.getItem('Data');
    sheet.getRange('A5:E5').values = [['=HYPERLINK("x")', '+cmd', '@SUM(A1)', '00123', '2017-08-15']];
    const asText = sheet.getRange('A6:E6');
    asText.numberFormat = [['@', '@', '@', '@', '@']];
    asText.values = [['=HYPERLINK("x")', '+cmd', '@SUM(A1)', '00123', '2017-08-15']];
    sheet.getRange('A7').values = [["'=quoted"]];
    await context.sync();
  });
  const s = excel.model.get('Data');
  expect([0, 1, 2].map((c) => s.formula(4, c))).toEqual(['=HYPERLINK("x")', '=+cmd', '=@SUM(A1)']);
  expect(s.value(4, 3)).toBe(123);
  expect(typeof s.value(4, 4)).toBe('number');
  expect([0, 1, 2, 3, 4].map((c) => [s.formula(5, c), s.value(5, c)])).toEqual([
    [undefined, '=HYPERLINK("x")'],
    [undefined, '+cmd'],
    [undefined, '@SUM(A1)'],
    [undefined, '00123'],
    [undefined, '2017-08-15'],
  ]);
  expect([s.formula(6, 0), s.value(6, 0)]).toEqual([undefined, '=quoted']);
});

test('getItemOrNullObject gives a null object, known after sync', async () => {
  const excel = double();
  await excel.run(async (context: Ctx) => {
    const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
    const found = context.workbook.worksheets.getItemOrNullObject('data');
    expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
  });
});

test('getItem of a missing sheet fails the sync with ItemNotFound', async () => {
  const excel = double();
  const e = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Nope').load('name');
      await context.sync();
    }),
  );
  expect(e.code).toBe('ItemNotFound');
});

test('a protected sheet refuses changes with AccessDenied; what ran before in the batch stays done', async () => {
  const excel = double();
  const e = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['first']];
      context.workbook.worksheets.getItem('Locked').getRange('A1').values = [['no']];
      await context.sync();
    }),
  );
  expect(e.code).toBe('AccessDenied');
  expect(excel.model.get('Data').value(0, 0)).toBe('first');
  expect(excel.model.get('Locked').value(0, 0)).toBe('x');
});

test('a member newer than the Excel fails with ApiNotFound; isSetSupported says so beforehand', async () => {
  const excel = double({ apiVersion: '1.8' });
  expect(excel.isSetSupported('ExcelApi', '1.8')).toBe(true);
  expect(excel.isSetSupported('ExcelApi', '1.9')).toBe(false);
  expect(excel.isSetSupported('ExcelApi', '1.10')).toBe(false);
  const e = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRanges('A1:A2, B1').format.fill.color = '#FF0000';
      await context.sync();
    }),
  );
  expect(e.code).toBe('ApiNotFound');
});

test('Workbook.name, of ExcelApi 1.7, cannot be loaded from an Excel with 1.6 only (ApiNotFound); from 1.7 it gives the workbook\'s name', async () => {
  const old = double({ apiVersion: '1.6' });
  const e = await officeError(
    old.run(async (context: Ctx) => {
      context.workbook.load('name');
      await context.sync();
    }),
  );
  expect(e.code).toBe('ApiNotFound');
  const excel = double({ apiVersion: '1.7' });
  const name = await excel.run(async (context: Ctx) => {
    context.workbook.load('name');
    await context.sync();
    return context.workbook.name;
  });
  expect(name).toBe('Book1');
});

test('syncs are counted with their bytes; a request or a response over 5 MB fails as in Excel on the web', async () => {
  const excel = double();
  const big = Array.from({ length: 60000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
  const e = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:A60000').values = big;
      await context.sync();
    }),
  );
  expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
  expect(excel.stats.syncs).toBe(1);
  expect(excel.stats.maxRequestBytes).toBeGreaterThan(5_000_000);
  expect(excel.model.get('Data').value(0, 0)).toBe('a');

  // Written in two halves it goes in; read back whole, the response is too large.
  await excel.run(async (context: Ctx) => {
    const sheet = context.workbook.worksheets.getItem('Data');
    sheet.getRange('A1:A30000').values = big.slice(0, 30000);
    await context.sync();
    sheet.getRange('A30001:A60000').values = big.slice(30000);
    await context.sync();
  });
  const r = await officeError(
    excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:A60000').load('values,numberFormat,valueTypes');
      await context.sync();
    }),
  );
  expect(r.code).toBe('ResponsePayloadSizeLimitExceeded');
});

test('conditional formats: a new rule comes first; priority moves it; custom formula and format are kept', async () => {
  const excel = new ExcelDouble({ sheets: [{ name: 'S', values: [[1]], rules: [{ ranges: 'A1:A9', formula: '=A1>1', format: { fill: '#FFFF00' } }] }] });
  await excel.run(async (context: Ctx) => {
    const cf = context.workbook.worksheets.getItem('S').getRange('B1:B3').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=B1<0';
    cf.custom.format.fill.color = '#d5281b';
    cf.custom.format.numberFormat = '"R "0';
    await context.sync();
    expect(excel.model.get('S').rules.map((r) => r.formula)).toEqual(['=B1<0', '=A1>1']);
    cf.priority = 1;
    await context.sync();
  });
  expect(excel.model.get('S').rules.map((r) => [r.formula, r.format])).toEqual([
    ['=A1>1', { fill: '#FFFF00' }],
    ['=B1<0', { fill: '#D5281B', numberFormat: '"R "0' }],
  ]);
});
