// The world-mode worker: wires the world API to Comlink and nothing else.
import { expose } from 'comlink';
import { createWorldApi } from './world-api';

expose(createWorldApi());
