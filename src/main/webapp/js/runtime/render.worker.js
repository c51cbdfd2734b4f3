// One pool worker, as every page runs it: see worker-serve.js.
import { serve } from './worker-serve.js';

serve();
