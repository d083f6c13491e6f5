package hudson.model;

// stand-in: jenkins-core hudson.model.Job (type parameters only)
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {}
