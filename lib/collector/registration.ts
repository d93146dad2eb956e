import { SharedProp, registration } from '../common/contract/registration';
import { Wiring } from '../wiring/wiring';
import { COLLECTOR_ALERTS, GATEWAY_ALERTS } from './alerts';
import { OTEL_AGENT, OTEL_GATEWAY } from './declaration';
import { OtelAgent, OtelAgentProps } from './otel-agent';
import { OtelGateway, OtelGatewayProps } from './otel-gateway';

const GATEWAY_SUPPLIED = ['traces', 'metrics'] as const;

/** The gateway tier in a stack: the `gateway` prop takes {@link OtelGatewayProps} but the environment's and its destinations. */
export const OTEL_GATEWAY_REGISTRATION = registration({
  key: 'gateway',
  chart: 'otel-gateway',
  declaration: OTEL_GATEWAY,
  supplied: GATEWAY_SUPPLIED,
  metricProducers: ['otelcol'],
  alerts: GATEWAY_ALERTS,
  create: (scope, ctx, props: Omit<OtelGatewayProps, SharedProp | (typeof GATEWAY_SUPPLIED)[number]>) => {
    const gateway = new OtelGateway(scope, 'OtelGateway', { ...ctx.base, ...props, traces: ctx.need('traces-store'), metrics: ctx.needAll('metrics-otlp') });
    ctx.provide('traces-sampling', { endpoint: gateway.otlpGrpcEndpoint, slowTraceThresholdMs: gateway.latencyThresholdMs });
    ctx.provide('collector-metrics', gateway.metricsEndpoint!);
    return gateway;
  },
});

const AGENT_SUPPLIED = ['traces', 'logs', 'metrics'] as const;

/**
 * The node agent in a stack, in the agent namespace: the `agent` prop takes
 * {@link OtelAgentProps} but the environment's and its destinations. The applications'
 * namespaces may send it OTLP.
 */
export const OTEL_AGENT_REGISTRATION = registration({
  key: 'agent',
  chart: 'otel-agent',
  declaration: OTEL_AGENT,
  supplied: AGENT_SUPPLIED,
  metricProducers: ['otelcol'],
  alerts: COLLECTOR_ALERTS,
  create: (scope, ctx, props: Omit<OtelAgentProps, SharedProp | (typeof AGENT_SUPPLIED)[number]>) => {
    const agent = new OtelAgent(scope, 'OtelAgent', {
      ...ctx.base,
      clusterName: ctx.clusterName,
      deploymentEnvironment: ctx.deploymentEnvironment,
      namespace: ctx.agentNamespace,
      // the agent has a PriorityClass of its own
      priorityClassName: undefined,
      ...props,
      traces: ctx.get('traces-sampling')?.endpoint,
      logs: ctx.get('logs-otlp'),
      metrics: ctx.all('metrics-otlp'),
    });
    const applications = { name: 'applications', namespace: [...ctx.applicationNamespaces], podSelector: {} };
    Wiring.of(agent).connect(applications, agent.otlpGrpcEndpoint, 'application telemetry (OTLP gRPC)');
    Wiring.of(agent).connect(applications, agent.otlpHttpEndpoint, 'application telemetry (OTLP/HTTP)');
    ctx.provide('collector-metrics', agent.metricsEndpoint!);
    return agent;
  },
});
