import { ImageSdkError } from "@image-sdk/core";

/** The image-to-prompt task ended with status FAILED. */
export class TaskFailedError extends ImageSdkError {
  static {
    TaskFailedError.prototype.name = "TaskFailedError";
  }
  readonly taskId: string;
  constructor(taskId: string) {
    super(`Freepik: image-to-prompt task ${taskId} failed.`);
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
  constructor(taskId: string, lastStatus: string, timeout: number) {
    super(`Freepik: image-to-prompt task ${taskId} was still ${lastStatus} after ${timeout} ms.`);
    this.taskId = taskId;
    this.lastStatus = lastStatus;
  }
}
