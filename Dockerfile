FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --omit=dev --ignore-scripts=false
COPY tsconfig.json tsconfig.build.json .swcrc ./
COPY src ./src
COPY connectors ./connectors
COPY migrations ./migrations
COPY schema ./schema
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--max-semi-space-size=64", "--max-old-space-size=384", "-r", "@swc-node/register", "src/main.ts"]
