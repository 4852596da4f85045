"""support_bot: a customer-support assistant that answers from past tickets and can act.

The modules follow the request path:

- :mod:`support_bot.api`: the chat endpoint (authentication, limits, validation);
- :mod:`support_bot.agent`: plans an answer, retrieves context, calls the LLM and tools;
- :mod:`support_bot.retrieval`: the ticket index, filtered by the caller's permissions;
- :mod:`support_bot.llm_client`: the vendor LLM client (PII redacted before sending);
- :mod:`support_bot.tools`: what the agent may do (look up orders, refund, run Python);
- :mod:`support_bot.analytics`: the nightly export to the analytics vendor.

:mod:`support_bot.threat_model` describes the same system for threatgraph; the
architecture tests in ``tests/test_architecture.py`` keep the two in step.
"""
