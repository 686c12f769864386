"""The plan: what a scenario is compiled into, and what the engine, the rules and the report
read. Pure data: commitments, branch days, costs and moved consultations that collaborations
contribute (`plan`), the legevakt rota (`assignment`), the travel-time view (`travel`), the
categories of physician time (`categories`) and the timelines a replication paints (`timeline`);
and what both the engine and the idealtypes' preconditions read: the demand profiles
(`profiles`) and the GPs' lists (`gp_lists`)."""
