/* eslint-disable no-console */
/**
 * Builds the Excel task pane (taskpane.html), the ribbon's function file (commands.html) and
 * the plain browser page (browser.html) into dist/web.
 *
 *   npx webpack --mode production     production build, content-hashed names
 *   npx webpack serve --mode development   https://localhost:3000 with Office's dev certificates
 *   npx webpack serve --mode development --env http   http://localhost:3000/browser.html only
 *
 * Office.js comes from Microsoft's CDN by a script tag in taskpane.html and commands.html
 * only; the browser page loads nothing from the network. The engine and the .xlsx reader and
 * writer run in workers and load on first use, so the pane's first bundle stays small.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);

/**
 * Office's development certificates for https://localhost, or null: then plain http, with a
 * note. Plain http is chosen outright with --env http (npm run start:web), RAG_BOARD_HTTP=1
 * or in CI, so that nothing tries to install a certificate authority there.
 */
async function httpsOptions(env) {
  if (env.http || process.env.RAG_BOARD_HTTP === '1' || process.env.CI) {
    console.log('Serving over plain http (Excel needs https; this is for the browser page and tests).');
    return null;
  }
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.log(
      `Office development certificates are not available (${String(e && e.message ? e.message : e).split('\n')[0]}).\n` +
        'Serving over plain http: the browser page works; Excel needs https (run "npx office-addin-dev-certs install" and restart).',
    );
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE || process.env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions(env) : null;

  // --env only=browser builds some of the pages (e.g. the browser page alone, for its tests).
  const only = env.only ? String(env.only).split(',') : null;
  const pick = (name) => !only || only.includes(name);
  const entries = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    browser: './src/browser/index.tsx',
  };
  const pages = [
    { name: 'taskpane', template: './src/taskpane/taskpane.html' },
    { name: 'commands', template: './src/commands/commands.html' },
    { name: 'browser', template: './src/browser/browser.html' },
  ].filter((p) => pick(p.name));

  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    context: __dirname,
    entry: Object.fromEntries(Object.entries(entries).filter(([name]) => pick(name))),
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by "tsc -p tsconfig.web.json --noEmit"; the build only transpiles.
            options: { configFile: 'tsconfig.web.json', transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent change rarely: one cached chunk shared by the pane and the browser page.
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|use-sync-external-store)[\\/]/, name: 'ui', chunks: 'initial', priority: 10 },
        },
      },
    },
    performance: {
      // The first screen of the pane; workers and lazy chunks come later.
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
      hints: production ? 'warning' : false,
    },
    plugins: [
      ...pages.map((p) => new HtmlWebpackPlugin({ filename: `${p.name}.html`, template: p.template, chunks: [p.name], scriptLoading: 'defer' })),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
