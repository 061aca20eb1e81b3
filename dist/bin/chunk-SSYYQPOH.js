import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/io/node-io.ts
import fs from "node:fs";
function toStat(stats) {
  return {
    isFile: stats.isFile(),
    isDirectory: stats.isDirectory(),
    isSymbolicLink: stats.isSymbolicLink(),
    size: stats.size,
    mode: stats.mode,
    nlink: stats.nlink,
    uid: stats.uid,
    gid: stats.gid
  };
}
var nodeFileSystem = {
  stat: async (path) => toStat(fs.statSync(path)),
  lstat: async (path) => toStat(fs.lstatSync(path)),
  realPath: async (path) => fs.realpathSync.native(path),
  readFile: async (path) => fs.readFileSync(path),
  readDir: async (path) => {
    const entries = fs.readdirSync(path, { withFileTypes: true });
    return entries.map(
      (entry) => ({
        name: entry.name,
        isFile: entry.isFile(),
        isDirectory: entry.isDirectory(),
        isSymbolicLink: entry.isSymbolicLink()
      })
    );
  },
  createFile: async (path, data, mode) => fs.writeFileSync(path, data, { flag: "wx", mode }),
  overwriteFile: async (path, data) => fs.writeFileSync(path, data),
  chmod: async (path, mode) => fs.chmodSync(path, mode),
  chown: async (path, uid, gid) => fs.chownSync(path, uid, gid),
  rename: async (from, to) => fs.renameSync(from, to),
  remove: async (path) => fs.rmSync(path, { force: true }),
  makeDir: async (path) => {
    fs.mkdirSync(path, { recursive: true });
  }
};
function outputStream(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") {
      closed = true;
      return;
    }
    throw error;
  });
  return {
    write(text) {
      if (!closed && text.length > 0) stream.write(text);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    raw: stream
  };
}
function nodeIo() {
  return {
    stdout: outputStream(process.stdout),
    stderr: outputStream(process.stderr),
    stdin: {
      isTTY: process.stdin.isTTY === true,
      async readAll() {
        if (fs.fstatSync(0).isFile()) return fs.readFileSync(0);
        const chunks = [];
        for await (const chunk of process.stdin) chunks.push(chunk);
        return Buffer.concat(chunks);
      }
    },
    env: process.env,
    cwd: process.cwd(),
    fs: nodeFileSystem,
    glob: nodeGlob
  };
}
async function nodeGlob(pattern, options) {
  const { default: fastGlob } = await import("./out-ETNJZ2UX.js");
  return fastGlob(pattern, {
    cwd: options.cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: options.followSymlinks,
    ignore: options.prune.map((name) => `**/${name}/**`),
    suppressErrors: true
  });
}

export {
  nodeIo
};
