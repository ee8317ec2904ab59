// The `patchworks-token` command (see cli/README.md). This entry stays tiny: it turns on V8's compile
// cache first, so the code it then loads (run-cli and the client) is compiled from the cache on later calls.
import module from 'node:module';

module.enableCompileCache?.();
void import('./main').then(({ main }) => main());
