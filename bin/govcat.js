#!/usr/bin/env node
import('../dist/bin/govcat.js');
