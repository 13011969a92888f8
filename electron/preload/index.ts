import { METHOD_NAMES } from '../../shared/contract/index'; console.log(METHOD_NAMES);
