// The browser worker: wires the analysis API to Comlink and nothing else.
import { expose } from 'comlink';
import { createAnalysisApi } from './analysis-api';

expose(createAnalysisApi());
