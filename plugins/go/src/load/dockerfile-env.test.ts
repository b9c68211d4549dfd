/** Go settings in Dockerfiles, read with the instruction reader the CI plugin uses (@inert/syntax, #24.2). */
import { describe, expect, it } from 'vitest';
import { envFromDockerfile } from './env.js';

describe('envFromDockerfile', () => {
  it('reads a setting on a continued line where it is, and none from a heredoc script or a comment', () => {
    const text = [
      'FROM golang:1.22',
      'ENV CGO_ENABLED=0 \\',
      '    GONOSUMDB=github.com \\',
      '    GOFLAGS=-mod=mod',
      '# ENV GOSUMDB=off',
      'RUN <<EOF',
      'ENV GOSUMDB=off',
      'EOF',
      'ARG GOPROXY direct',
    ].join('\n');
    expect(envFromDockerfile(text, 'build/Dockerfile').map((e) => [e.name, e.value, e.at, e.origin])).toEqual([
      ['GONOSUMDB', 'github.com', { file: 'build/Dockerfile', line: 3, column: 5 }, 'Dockerfile'],
      ['GOFLAGS', '-mod=mod', { file: 'build/Dockerfile', line: 4, column: 5 }, 'Dockerfile'],
      ['GOPROXY', 'direct', { file: 'build/Dockerfile', line: 9, column: 5 }, 'Dockerfile ARG'],
    ]);
  });
});
