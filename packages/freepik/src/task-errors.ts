import { ImageSdkError } from "@image-sdk/core";

/** The image-to-prompt task ended with status FAILED. */
export class TaskFailedError extends ImageSdkError {
  static {
    TaskFailedError.prototype.name = "TaskFailedError";
  }
  readonly taskId: string;
  /** `cause`: core's JobFailedError, with the status Freepik answered. */
  constructor(taskId: string, options?: ErrorOptions) {
    super(`Freepik: image-to-prompt task ${taskId} failed.`, options);
    this.taskId = taskId;
  }
}

/** The task had not finished when the polling timeout ran out; it may still finish later. */
export class TaskTimeoutError extends ImageSdkError {
  static {
    TaskTimeoutError.prototype.name = "TaskTimeoutError";
  }
  readonly taskId: string;
  /** The last status seen (CREATED or IN_PROGRESS). */
  readonly lastStatus: string;
  constructor(taskId: string, lastStatus: string, timeout: number, options?: ErrorOptions) {
    super(`Freepik: image-to-prompt task ${taskId} was still ${lastStatus} after ${timeout} ms.`, options);
    this.taskId = taskId;
    this.lastStatus = lastStatus;
  }
}
