import { orderQueue } from '../../shared/domain/queueOrder'; console.log('cli', typeof orderQueue);
